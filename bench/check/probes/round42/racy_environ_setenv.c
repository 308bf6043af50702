/* TRUTH: racy — setenv (line 8) in the worker may rewrite environ while main reads environ (line 15) */
#include <pthread.h>
#include <stdlib.h>
extern char **environ;
static void *a(void *x)
{
    (void)x;
    setenv("WEFT_PROBE", "1", 1);
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    char **e = environ;
    pthread_join(th, 0);
    return e != 0;
}
