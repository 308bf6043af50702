// A join wrapper handed the object that holds a thread's handle (finish(&a) joins a.t, as a
// worker pool's stop_worker(&w) does) joins the thread created into that field: what the
// thread wrote is main's to read after finish(&a). A worker never finished (b) still runs
// when main reads, and a wrapper that first copies another handle into the field
// (adopt(&c, &b)) ends which thread is not known.
#include <pthread.h>

struct worker {
    pthread_t t;
    int result;
};

static struct worker global_worker;

static void finish(struct worker *w)
{
    pthread_join(w->t, NULL);
}

static void adopt(struct worker *w, struct worker *from)
{
    w->t = from->t;
    pthread_join(w->t, NULL);
}

static void *work(void *arg)
{
    struct worker *w = arg;
    w->result = 1; // RACE
    return NULL;
}

int main(void)
{
    struct worker a, b, c;
    pthread_create(&a.t, NULL, work, &a);
    pthread_create(&global_worker.t, NULL, work, &global_worker);
    pthread_create(&b.t, NULL, work, &b);
    pthread_create(&c.t, NULL, work, &c);
    finish(&a);
    finish(&global_worker);
    adopt(&c, &b);
    int sum = a.result;          // NORACE
    sum += global_worker.result; // NORACE
    sum += b.result;             // RACE
    sum += c.result;             // RACE
    return sum;
}
