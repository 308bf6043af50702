/* TRUTH: free. Handles live in worker structs; main joins every w[i].th before reading the shared total each worker wrote in turn under lock. */
#include <pthread.h>
#include <stdio.h>

struct worker {
    pthread_t th;
    int id;
};

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void *run(void *arg)
{
    struct worker *w = arg;
    pthread_mutex_lock(&m);
    total += w->id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    struct worker w[3];
    for (int i = 0; i < 3; i++) {
        w[i].id = i + 1;
        pthread_create(&w[i].th, NULL, run, &w[i]);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(w[i].th, NULL);
    total *= 2;
    printf("%d\n", total);
    return 0;
}
