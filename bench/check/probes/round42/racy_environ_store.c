/* TRUTH: racy — main stores environ = mine (line 15) while the worker's getenv (line 9) reads environ */
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
    pthread_create(&th, 0, a, 0);
    environ = mine;
    pthread_join(th, 0);
    return 0;
}
