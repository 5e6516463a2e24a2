package vn.tracuu.api;

/** An error the client caused or asked for: its HTTP status and a message users can read. */
public final class ApiError extends RuntimeException {
  final int status;
  final String error;

  ApiError(int status, String error, String message) {
    super(message);
    this.status = status;
    this.error = error;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, "bad_request", message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "not_found", message);
  }
}
