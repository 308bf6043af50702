/* TRUTH: racy — read() fills gw (its t) with the bytes of the noop thread's id, so the join of
   gw.t ends the noop thread and the writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>
struct worker { pthread_t t; int n; };
static struct worker gw;
static int g, fds[2];
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void note(void) { fds[1] = fds[1]; }
int main(void)
{
    pthread_t t2, keep;
    unsigned char buf[sizeof(struct worker)] = {0};
    if (pipe(fds))
        return 1;
    pthread_create(&gw.t, 0, writer, 0);
    keep = gw.t;
    pthread_create(&t2, 0, noop, 0);
    memcpy(buf, &t2, sizeof t2);
    if (write(fds[1], buf, sizeof buf) != sizeof buf)
        return 1;
    note();
    if (read(fds[0], &gw, sizeof gw) != sizeof gw)
        return 1;
    pthread_join(gw.t, 0);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
