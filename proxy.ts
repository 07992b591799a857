import { withAuth } from "next-auth/middleware";

/**
 * First line of defence only: signed-out visits to app pages go to the login page. Every page and
 * server action still checks the session (and the owner) itself.
 */
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/dashboard/:path*", "/clients/:path*", "/scenarios/:path*", "/research/:path*", "/admin/:path*"],
};
