/* TRUTH: free — main stores environ = mine (line 14) before creating the worker whose getenv (line 9) reads it */
#include <pthread.h>
#include <stdlib.h>
extern char **environ;
static char *mine[] = {"A=1", 0};
static void *a(void *x)
{
    (void)x;
    return getenv("A");
}
int main(void)
{
    pthread_t th;
    environ = mine;
    pthread_create(&th, 0, a, 0);
    pthread_join(th, 0);
    return 0;
}
