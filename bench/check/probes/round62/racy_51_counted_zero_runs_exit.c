/* TRUTH: racy — instance 0 (id 0) runs the exit loop zero times and writes g = 1 while main writes g = 2 before any join */
#include <pthread.h>
static int g;
static void *quit(void *arg)
{
    long id = (long)arg;
    for (long i = 0; i < id; i++)
        pthread_exit(NULL);
    g = 1;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    for (long k = 0; k < 2; k++)
        pthread_create(&t[k], NULL, quit, (void *)k);
    g = 2;
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    return g;
}
