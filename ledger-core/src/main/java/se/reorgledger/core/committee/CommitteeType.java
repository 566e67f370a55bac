package se.reorgledger.core.committee;

/** The political bodies of the PM. A gemensam nämnd is hosted by this kommun and has other kommuner as members. */
public enum CommitteeType {
    kommunfullmaktige,
    kommunstyrelse,
    namnd,
    gemensam_namnd;

    public String label() {
        return switch (this) {
            case kommunfullmaktige -> "kommunfullmäktige";
            case kommunstyrelse -> "kommunstyrelse";
            case namnd -> "nämnd";
            case gemensam_namnd -> "gemensam nämnd";
        };
    }
}
