/* TRUTH: free — the listener fills conn (line 17) before starting the handler, and joins the handler before returning; main joins the listener before reading conn.bytes (line 27), so the handler's write (line 10) happens before it. */
#include <pthread.h>
#include <stdio.h>

struct conn { int fd; long bytes; };
static struct conn conn;

static void *handler(void *arg) {
    struct conn *c = arg;
    c->bytes = c->fd * 10L; // @B
    return NULL;
}

static void *listener(void *arg) {
    (void)arg;
    pthread_t h;
    conn.fd = 5; // @A
    pthread_create(&h, NULL, handler, &conn);
    pthread_join(h, NULL);
    return NULL;
}

int main(void) {
    pthread_t l;
    pthread_create(&l, NULL, listener, NULL);
    pthread_join(l, NULL);
    printf("%ld\n", conn.bytes); // @C
    return 0;
}
