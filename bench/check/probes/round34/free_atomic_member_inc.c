/* TRUTH: free — hits is an _Atomic member: srv.hits++ (line 11) is an atomic read-modify-write in both workers; main reads after join. */
#include <pthread.h>
#include <stdio.h>

struct server_stats { _Atomic long hits; long started; };
static struct server_stats srv = { 0, 1 };

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++)
        srv.hits++; // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", (long)srv.hits);
    return 0;
}
