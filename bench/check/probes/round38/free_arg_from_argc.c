/* TRUTH: free — w may write g = 1, but main writes g = 2 only after pthread_join */
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
    pthread_join(th, 0);
    g = 2;
    return g;
}
