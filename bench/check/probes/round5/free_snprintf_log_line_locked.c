/* TRUTH: race-free - log_msg() formats into the shared line[] and prints it while holding out_lock */
#include <pthread.h>
#include <stdio.h>
static char line[64];
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static void log_msg(int id, const char *what)
{
    pthread_mutex_lock(&out_lock);
    snprintf(line, sizeof line, "[%d] %s", id, what);
    puts(line);
    pthread_mutex_unlock(&out_lock);
}
static void *worker(void *arg)
{
    log_msg(*(int *)arg, "start");
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    int i0 = 0, i1 = 1;
    pthread_create(&a, NULL, worker, &i0);
    pthread_create(&b, NULL, worker, &i1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
