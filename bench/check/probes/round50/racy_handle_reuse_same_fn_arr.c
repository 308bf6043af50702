/* TRUTH: racy — when nondet() is 0 the first round is never joined; t[] is reused for a second round of the same function, whose joins do not end the first round, so main's unlocked read of x races with a first-round write */
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
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, 0);
    if (nondet())
        for (int i = 0; i < 2; i++)
            pthread_join(t[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return x;
}
