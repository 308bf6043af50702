/* TRUTH: racy — the cleanup routine runs at pthread_exit, after L was released, in two threads at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static pthread_mutex_t L = PTHREAD_MUTEX_INITIALIZER;
static int g;
static void cleanup(void *a) { (void)a; g++; }
static void *T(void *a)
{
    (void)a;
    pthread_mutex_lock(&L);
    pthread_cleanup_push(cleanup, NULL);
    pthread_mutex_unlock(&L);
    usleep(1000);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, T, NULL);
    pthread_create(&b, NULL, T, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", g);
    return 0;
}
