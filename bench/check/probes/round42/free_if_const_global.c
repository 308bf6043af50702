/* TRUTH: free — quit is a const global 1, the worker always pthread_exit's; g++ (line 9) never executes */
#include <pthread.h>
static int g;
static const int quit = 1;
static void *w(void *a)
{
    (void)a;
    if (quit) pthread_exit(0);
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
