/* TRUTH: free — main writes params[] before setting go under gate_m and broadcasting; workers wait under gate_m until go, then only read params[] and write their own outv[i]; main reads outv after joins. */
#include <pthread.h>
#include <stdio.h>

#define W 3
static pthread_mutex_t gate_m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static int go;
static int params[W];
static int outv[W];

static void *worker(void *a)
{
    int i = (int)(long)a;
    pthread_mutex_lock(&gate_m);
    while (!go)
        pthread_cond_wait(&gate_cv, &gate_m);
    pthread_mutex_unlock(&gate_m);
    outv[i] = params[i] * params[(i + 1) % W];
    return NULL;
}

int main(void)
{
    pthread_t t[W];
    for (long i = 0; i < W; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < W; i++)
        params[i] = i + 2;
    pthread_mutex_lock(&gate_m);
    go = 1;
    pthread_cond_broadcast(&gate_cv);
    pthread_mutex_unlock(&gate_m);
    for (int i = 0; i < W; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", outv[0], outv[1], outv[2]);
    return 0;
}
