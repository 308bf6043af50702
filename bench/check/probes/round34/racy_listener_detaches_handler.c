/* TRUTH: racy — the listener detaches the handler instead of joining it: main's read of conn.bytes (line 27) after joining only the listener races with the handler's write (line 10). */
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
    pthread_detach(h);
    return NULL;
}

int main(void) {
    pthread_t l;
    pthread_create(&l, NULL, listener, NULL);
    pthread_join(l, NULL);
    printf("%ld\n", conn.bytes); // @C
    return 0;
}
