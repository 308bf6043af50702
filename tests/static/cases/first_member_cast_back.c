// A thread given the address of an object's first member casts it back to the object and
// writes another member: that member of the whole object, which main writes too. A cast to
// the member's own type stays inside the member.
#include <pthread.h>

struct base {
    int refs;
};
struct derived {
    struct base base;
    int data;
};
static struct derived d, e;

static void *worker(void *arg)
{
    struct base *b = arg;
    struct derived *p = (struct derived *)b;
    p->data = 1; // RACE (possible)
    b->refs = 1; // NORACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, &d.base);
    d.data = 2; // RACE (possible)
    e.base.refs = 2;
    pthread_join(t, NULL);
    return d.data;
}
