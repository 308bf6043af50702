/* Racy: the thread is handed &s.b but recovers the whole struct (container_of) and writes s.a, which main writes concurrently. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
struct S {
    int a;
    int b;
    int c;
};
struct S s;
static void *work(void *arg)
{
    struct S *whole = (struct S *)((char *)arg - offsetof(struct S, b));
    whole->a = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, work, &s.b);
    s.a = 2;
    pthread_join(t, NULL);
    printf("%d\n", s.a);
    return 0;
}
