/* TRUTH: racy — when nondet() is 0 the first worker is never joined; the handle is reused for a second worker of the same function, whose join does not end the first one, so main's unlocked read of x races with the first worker's write */
#include <pthread.h>
extern int nondet(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a)
{
    pthread_mutex_lock(&m);
    x = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
int main()
{
    pthread_t h;
    pthread_create(&h, 0, w, 0);
    if (nondet())
        pthread_join(h, 0);
    pthread_create(&h, 0, w, 0);
    pthread_join(h, 0);
    return x;
}
