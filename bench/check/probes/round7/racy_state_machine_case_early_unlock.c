/* TRUTH: racy. the RUNNING case unlocks before counting the transition, so transitions++ runs unlocked against the IDLE case's locked transitions++. */
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
        pthread_mutex_unlock(&sm_lock);
        break;
    case RUNNING:
        state = ev == 2 ? STOPPED : IDLE;
        pthread_mutex_unlock(&sm_lock);
        transitions++;
        break;
    default:
        pthread_mutex_unlock(&sm_lock);
        break;
    }
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
