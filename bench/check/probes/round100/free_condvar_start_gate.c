/* TRUTH: free — main fills the shared params then opens the gate under the mutex; workers read params after passing it */
#include <pthread.h>
#include <stdio.h>

#define N 3

static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static int gate_open;
static struct { int rounds; double step; } params;
static double out[N];

static void *runner(void *arg)
{
    int id = (int)(long)arg;
    pthread_mutex_lock(&gate_lock);
    while (!gate_open)
        pthread_cond_wait(&gate_cv, &gate_lock);
    pthread_mutex_unlock(&gate_lock);
    double x = id;
    for (int i = 0; i < params.rounds; i++)
        x += params.step;
    out[id] = x;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, runner, (void *)i);
    params.rounds = 100;
    params.step = 0.5;
    pthread_mutex_lock(&gate_lock);
    gate_open = 1;
    pthread_cond_broadcast(&gate_cv);
    pthread_mutex_unlock(&gate_lock);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%g %g %g\n", out[0], out[1], out[2]);
    return 0;
}
