/* Race-free: the thread recovers the whole struct from &s.b and writes s.a; main writes only s.c while it runs. */
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
    s.c = 2;
    pthread_join(t, NULL);
    printf("%d\n", s.a);
    return 0;
}
