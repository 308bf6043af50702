/* TRUTH: racy. job_new(1) returns the static spare object both times, so both workers do j->n++ on the same object unlocked. */
#include <pthread.h>
#include <stdlib.h>
struct job { int n; };
static struct job spare;
static struct job *job_new(int reuse) {
    if (reuse)
        return &spare;
    return malloc(sizeof(struct job));
}
static void *worker(void *arg) {
    struct job *j = arg;
    j->n++;
    return NULL;
}
int main(void) {
    pthread_t t[2];
    int i;
    for (i = 0; i < 2; i++) {
        struct job *j = job_new(i < 5);
        pthread_create(&t[i], NULL, worker, j);
    }
    for (i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
