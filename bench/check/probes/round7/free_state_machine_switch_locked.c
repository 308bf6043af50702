/* TRUTH: free. every case of the state machine runs with sm_lock held (taken before the switch, released after); main reads state after joins. */
#include <pthread.h>
#include <stdio.h>
enum st { IDLE, RUNNING, STOPPED };
static enum st state = IDLE;
static int transitions;
static pthread_mutex_t sm_lock = PTHREAD_MUTEX_INITIALIZER;

static void step(int ev)
{
    pthread_mutex_lock(&sm_lock);
    switch (state) {
    case IDLE:
        if (ev == 1) { state = RUNNING; transitions++; }
        break;
    case RUNNING:
        if (ev == 2) { state = STOPPED; transitions++; }
        else if (ev == 0) { state = IDLE; transitions++; }
        break;
    default:
        break;
    }
    pthread_mutex_unlock(&sm_lock);
}

static void *events(void *p)
{
    int *seq = p;
    for (int i = 0; i < 3; i++)
        step(seq[i]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    static int s1[3] = { 1, 0, 1 }, s2[3] = { 1, 2, 0 };
    pthread_create(&a, NULL, events, s1);
    pthread_create(&b, NULL, events, s2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", (int)state, transitions);
    return 0;
}
