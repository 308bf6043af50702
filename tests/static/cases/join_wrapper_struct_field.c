// A join wrapper handed the object that holds a thread's handle (finish(&a) joins a.t, as a
// worker pool's stop_worker(&w) does) joins the thread created into that field: what the
// thread wrote is main's to read after finish(&a). A worker never finished (b) still runs
// when main reads. A handle field that something other than a create stores to anywhere in
// the program (adopt's w->t = from->t, d.t = t2: for every struct spare's t) may hold
// another thread: which one a join of it ends is not known.
#include <pthread.h>

struct worker {
    pthread_t t;
    int result;
};
struct spare {
    pthread_t t;
    int result;
};

static struct worker global_worker;

static void finish(struct worker *w)
{
    pthread_join(w->t, NULL);
}

static void adopt(struct spare *w, struct spare *from)
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

static void *spare_work(void *arg)
{
    struct spare *s = arg;
    s->result = 1; // RACE
    return NULL;
}

int main(void)
{
    struct worker a, b;
    struct spare c, d, e;
    pthread_t t2;
    pthread_create(&a.t, NULL, work, &a);
    pthread_create(&global_worker.t, NULL, work, &global_worker);
    pthread_create(&b.t, NULL, work, &b);
    pthread_create(&d.t, NULL, spare_work, &d);
    pthread_create(&t2, NULL, work, &b);
    pthread_create(&c.t, NULL, spare_work, &c);
    pthread_create(&e.t, NULL, spare_work, &e);
    d.t = t2;
    finish(&a);
    finish(&global_worker);
    pthread_join(d.t, NULL);
    adopt(&c, &e);
    int sum = a.result;          // NORACE
    sum += global_worker.result; // NORACE
    sum += b.result;             // RACE
    sum += d.result;             // RACE
    sum += c.result + e.result;  // RACE
    return sum;
}
