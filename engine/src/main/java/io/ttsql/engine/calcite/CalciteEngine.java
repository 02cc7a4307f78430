package io.ttsql.engine.calcite;

import io.ttsql.engine.Ttsql;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.Driver;

/**
 * The Calcite driver that ttsql connections are made with (not registered with {@code
 * DriverManager}; {@link TtsqlDriver} is): ttsql's statement preparation, a driver version that
 * names ttsql, so that every {@code DatabaseMetaData} a connection hands out says ttsql, and
 * tables and columns in that metadata described as ttsql describes them ({@link MetadataRows}).
 */
public final class CalciteEngine extends Driver {
  public CalciteEngine() {
    super(TtsqlPrepare::new);
  }

  @Override
  public Meta createMeta(AvaticaConnection connection) {
    MetadataRows rows = new MetadataRows((CalciteConnection) connection);
    return CalciteMetaImpl.create((CalciteConnection) connection, rows.tables(), rows.columns());
  }

  @Override
  protected DriverVersion createDriverVersion() {
    DriverVersion calcite = super.createDriverVersion();
    return new DriverVersion("ttsql JDBC driver", Ttsql.VERSION, "ttsql",
        Ttsql.VERSION + " (" + calcite.productName + " " + calcite.productVersion + ")", false,
        TtsqlDriver.MAJOR_VERSION, TtsqlDriver.MINOR_VERSION, TtsqlDriver.MAJOR_VERSION, TtsqlDriver.MINOR_VERSION);
  }
}
