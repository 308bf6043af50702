/* TRUTH: race-free. next_ticket() serializes with its function-static mutex; both clerks and main (before start/after join) use only that path for ticket_no. */
#include <pthread.h>
#include <stdio.h>

static int ticket_no;
static int issued_by[2];

static int next_ticket(void)
{
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    int t;
    pthread_mutex_lock(&m);
    t = ++ticket_no;
    pthread_mutex_unlock(&m);
    return t;
}

static void *clerk(void *arg)
{
    int *mine = arg;
    for (int i = 0; i < 10; i++)
        *mine = next_ticket();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clerk, &issued_by[0]);
    pthread_create(&b, NULL, clerk, &issued_by[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", ticket_no, issued_by[0], issued_by[1]);
    return 0;
}
