/* Racy: the flag is atomic but both sides use memory_order_relaxed, which creates no
   happens-before edge: the consumer's reads of mailbox race with the producer's writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

struct msg { int id; double value; char text[24]; };

static struct msg mailbox;
static atomic_int ready;

static void *producer(void *arg)
{
    (void)arg;
    mailbox.id = 42;
    mailbox.value = 3.5;
    strcpy(mailbox.text, "hello");
    atomic_store_explicit(&ready, 1, memory_order_relaxed);   /* BUG: needs release */
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_relaxed))  /* BUG: needs acquire */
        ;
    printf("%d %.1f %s\n", mailbox.id, mailbox.value, mailbox.text);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
