package se.reorgledger.projections.restatement;

import java.util.List;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;

/**
 * A unit, chef role, nämnd, uppdrag or cooperation whose facts on the date were restated, with the changes and
 * corrections recorded in between that bear on that date: the reasons, each with its decision. A chef role's
 * holder's name comes from the person register, so {@code nameCorrections} lists the register's corrections of
 * the holder's name recorded in between.
 */
public record RestatedEntity(String entity, String id, String name, List<Difference> differences,
                             List<ChangeView> changes, List<CorrectionView> corrections,
                             List<NameCorrectionView> nameCorrections) {
}
