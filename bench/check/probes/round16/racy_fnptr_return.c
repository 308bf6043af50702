// racy: pick_entry() returns producer for both roles, so two producer threads write last_item concurrently.
#include <pthread.h>
#include <stdio.h>
typedef void *(*entry_fn)(void *);
static int last_item;
static void *producer(void *arg) { last_item = (int)(long)arg; return NULL; }
static void *idle(void *arg) { (void)arg; return NULL; }

static entry_fn pick_entry(int role)
{
    if (role >= 0)
        return producer;
    return idle;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pick_entry(0), (void *)1);
    pthread_create(&b, NULL, pick_entry(1), (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", last_item);
    return 0;
}
