/* Racy: the thread reads &s as an int * into s.v and writes p[1] == s.v[1], which main writes concurrently. */
#include <pthread.h>
#include <stdio.h>
struct S {
    int v[2];
    int w;
};
struct S s;
static void *work(void *arg)
{
    int *p = arg;
    p[1] = 5;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, work, &s);
    s.v[1] = 3;
    pthread_join(t, NULL);
    printf("%d\n", s.v[1]);
    return 0;
}
