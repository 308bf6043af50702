// Thread entries and callees reached through function pointers are resolved and followed.
#include <pthread.h>

typedef void *(*entry_fn)(void *);

static int via_table;
static int via_callback;

static void *tabled(void *arg)
{
    (void)arg;
    via_table++; // RACE
    return NULL;
}

static void on_event(void)
{
    via_callback++; // RACE
}

struct ops {
    void (*cb)(void);
};

static struct ops handlers = {.cb = on_event};

static void *dispatcher(void *arg)
{
    (void)arg;
    handlers.cb();
    return NULL;
}

int main(void)
{
    entry_fn start = tabled;
    pthread_t a, b, c;
    pthread_create(&a, NULL, start, NULL);
    pthread_create(&b, NULL, start, NULL);
    pthread_create(&c, NULL, dispatcher, NULL);
    on_event();
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
