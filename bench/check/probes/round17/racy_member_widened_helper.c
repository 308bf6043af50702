/* Racy: the thread writes s.b.y through upd(&s.b) while main writes s.b.y. */
#include <pthread.h>
#include <stdio.h>
struct pair {
    int x;
    int y;
};
struct S {
    int a;
    struct pair b;
    int c;
};
struct S s;
static void upd(struct pair *p)
{
    p->y = 1;
}
static void *work(void *arg)
{
    (void)arg;
    upd(&s.b);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    s.b.y = 2;
    pthread_join(t, NULL);
    printf("%d\n", s.b.y);
    return 0;
}
