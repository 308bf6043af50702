// A parameter tested as it was passed (never assigned) takes the branch its caller's
// constant selects: a thread calling log_event(0) never writes 'count'; one calling
// log_event(1) does.
#include <pthread.h>

static long count, other, narrow_hits;

static void log_event(int counted)
{
    if (!counted)
        return;
    count++; // NORACE: only main calls log_event(1)
}

static void note(int counted)
{
    if (counted)
        other++; // RACE (definite): both threads call note(1)
}

static void narrow(unsigned char on)
{
    if (on)
        return;
    narrow_hits++; // RACE (definite): narrow(256) passes 0 (converted at the call), as main's narrow(0)
}

static void *worker(void *arg)
{
    (void)arg;
    log_event(0);
    note(1);
    narrow(256); /* 256 in an unsigned char is 0 */
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    log_event(1);
    note(1);
    narrow(0);
    pthread_join(t, NULL);
    return (int)(count + other + narrow_hits);
}
