/* TRUTH: racy — hits is atomic but the sibling member misses is a plain long: both workers' srv.misses++ (line 13) race. */
#include <pthread.h>
#include <stdio.h>

struct server_stats { _Atomic long hits; long misses; };
static struct server_stats srv = { 0, 0 };

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++)
    {
        srv.hits++; // @A
        srv.misses++; // @B
    }
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
