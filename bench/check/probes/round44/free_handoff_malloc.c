/* TRUTH: free — main fills a malloc'd request, hands it to the thread at create and never touches it again; thread frees it */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
struct request { int id; char path[64]; size_t nbytes; };
static void *serve(void *arg) {
    struct request *rq = arg;
    rq->nbytes = strlen(rq->path) * 10;
    printf("req %d: %zu\n", rq->id, rq->nbytes);
    free(rq);
    return NULL;
}
int main(void) {
    pthread_t t[5];
    for (int i = 0; i < 5; i++) {
        struct request *rq = malloc(sizeof *rq);
        rq->id = i;
        snprintf(rq->path, sizeof rq->path, "/srv/file%d", i);
        rq->nbytes = 0;
        pthread_create(&t[i], NULL, serve, rq);
    }
    for (int i = 0; i < 5; i++) pthread_join(t[i], NULL);
    return 0;
}
