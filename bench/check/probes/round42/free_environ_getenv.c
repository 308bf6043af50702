/* TRUTH: free — getenv (line 8) only reads the environment and main only reads environ (line 14): no write */
#include <pthread.h>
#include <stdlib.h>
extern char **environ;
static void *a(void *x)
{
    (void)x;
    return getenv("HOME");
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    char **e = environ;
    pthread_join(th, 0);
    return e != 0;
}
