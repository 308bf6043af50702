/* TRUTH: free — zero() returns 0, so !zero() holds and every worker pthread_exit's; g++ (line 11) never executes */
#include <pthread.h>
#include <unistd.h>
static int g;
static int zero(void) { return 0; }
static void *w(void *a)
{
    (void)a;
    if (!zero())
        pthread_exit(0);
    g++;
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}
