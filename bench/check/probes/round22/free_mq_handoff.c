/* TRUTH: race-free. main sets `result_slot` and then mq_send()s a message; the reader's mq_receive blocks on the empty queue and returns only after the send, ordering main's store before the reader's load. Nothing else touches result_slot before the join. */
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <stdio.h>

static mqd_t q;
static int result_slot;

static void *reader(void *arg)
{
    char buf[16];
    (void)arg;
    mq_receive(q, buf, sizeof buf, NULL);
    printf("slot %d\n", result_slot);
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct mq_attr attr = {0};
    attr.mq_maxmsg = 1;
    attr.mq_msgsize = 16;
    q = mq_open("/weft_probe22_mq", O_CREAT | O_RDWR, 0600, &attr);
    if (q == (mqd_t)-1)
        return 1;
    mq_unlink("/weft_probe22_mq");
    pthread_create(&t, NULL, reader, NULL);
    result_slot = 99;
    mq_send(q, "ready", 6, 0);
    pthread_join(t, NULL);
    mq_close(q);
    return 0;
}
