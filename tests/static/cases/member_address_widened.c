// A pointer to a struct's member, read as a pointer to the whole struct (the first member's
// address is the struct's; container_of steps back from any member), reaches every field of
// it: a thread or a function given &s.b and writing ->v races with main's s.v. Read as the
// member's own type, it reaches that member only.
#include <pthread.h>
#include <stddef.h>

struct S { int b; int v; };
struct T { int x; int a; int v; };
static struct S s, own;
static struct T t;

static void *first_member(void *p)
{
    ((struct S *)p)->v = 1; // RACE (possible): p is &s.b, the address of s
    return NULL;
}

static void touch(void *p)
{
    struct T *o = (struct T *)((char *)p - offsetof(struct T, a));
    o->v = 1; // RACE (possible): container_of(&t.a) is &t
}

static void set_b(int *pb)
{
    *pb = 3; // NORACE: only own.b, which main does not touch while the thread runs
}

static void *by_callee(void *p)
{
    (void)p;
    touch(&t.a);
    set_b(&own.b);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, first_member, &s.b);
    pthread_create(&b, NULL, by_callee, NULL);
    s.v = 2; // RACE (possible): the thread writes s.v through &s.b
    t.v = 2; // RACE (possible): touch writes t.v through &t.a
    own.v = 2;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return s.v + t.v + own.b;
}
