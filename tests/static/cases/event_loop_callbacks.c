// Callbacks handed to libevent run in the thread that runs the loop of their base, not in the
// call that registers them: each worker's callback runs in that worker, so workers race with
// each other; the clock callback, on main's base, runs only in main. A thread that main and a
// worker's callback both may start runs only after main started one of them. Taking main's base and the
// workers' 'base' field to be different bases is not proved: the analysis says so.
// INCOMPLETE
#include <pthread.h>
#include <stddef.h>

/* libevent's declarations (<event2/event.h>, <event2/event_compat.h>), written out so that
 * the case needs no libevent headers. */
struct event_base;
struct event {
    void (*cb)(int, short, void *);
    char opaque[120];
};
struct timeval;
struct event_base *event_base_new(void);
void event_set(struct event *ev, int fd, short events, void (*cb)(int, short, void *), void *arg);
int event_base_set(struct event_base *base, struct event *ev);
int event_add(struct event *ev, const struct timeval *timeout);
int event_base_loop(struct event_base *base, int flags);
#define EV_READ 0x02
#define EV_PERSIST 0x10

typedef struct {
    struct event_base *base;
    struct event notify;
    int fd;
    pthread_t tid;
} worker_t;

static worker_t workers[4];
static struct event_base *main_base;
static struct event clockev;
static long requests; /* every worker counts its requests here, with no lock */
static long ticks;    /* only main's clock callback touches it */
static int table_size;
static pthread_t scanner_tid;
static int scanner_started;

static void *logger(void *arg)
{
    return arg;
}

static void *scanner(void *arg)
{
    (void)arg;
    return (void *)(long)table_size; // NORACE: main set it before any worker started
}

static void on_notify(int fd, short which, void *arg)
{
    (void)fd, (void)which, (void)arg;
    requests++; // RACE (possible): every worker runs this callback in its own thread
    if (!__atomic_exchange_n(&scanner_started, 1, __ATOMIC_ACQ_REL))
        pthread_create(&scanner_tid, NULL, scanner, NULL);
}

static void on_clock(int fd, short which, void *arg)
{
    (void)fd, (void)which, (void)arg;
    ticks++; // NORACE: main's base is run by main alone
}

static void *worker_loop(void *arg)
{
    worker_t *me = arg;
    event_base_loop(me->base, 0);
    return NULL;
}

static void setup_worker(worker_t *me)
{
    me->base = event_base_new();
    event_set(&me->notify, me->fd, EV_READ | EV_PERSIST, on_notify, me);
    event_base_set(me->base, &me->notify);
    event_add(&me->notify, NULL);
}

int main(void)
{
    pthread_t log_tid;
    pthread_create(&log_tid, NULL, logger, NULL); /* a thread runs already */
    main_base = event_base_new();
    table_size = 1024;
    for (int i = 0; i < 4; i++)
        setup_worker(&workers[i]);
    for (int i = 0; i < 4; i++)
        pthread_create(&workers[i].tid, NULL, worker_loop, &workers[i]);
    if (!__atomic_exchange_n(&scanner_started, 1, __ATOMIC_ACQ_REL))
        pthread_create(&scanner_tid, NULL, scanner, NULL);
    event_set(&clockev, -1, 0, on_clock, NULL);
    event_base_set(main_base, &clockev);
    event_add(&clockev, NULL);
    return event_base_loop(main_base, 0);
}
