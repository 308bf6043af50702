/* TRUTH: racy — when run with argc >= 1 (the usual exec), a = (void *)1 and w writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *w(void *arg)
{
    if (arg)
        g = 1;
    return 0;
}
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t th;
    void *a = NULL;
    if (argc > 0)
        a = (void *)1;
    pthread_create(&th, 0, w, a);
    g = 2;
    pthread_join(th, 0);
    return g;
}
