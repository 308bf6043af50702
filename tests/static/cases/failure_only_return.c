// A helper given a thread API call's result that returns only when the call failed (and ends
// the thread when it succeeded) lets its caller go on only on failure, which no run need
// reach: what follows is possible, not definite. The usual helper, which ends the thread on
// failure, lets the caller go on on every run: its race is definite. A switch on the result
// is read the same way: the label the success value (0) selects. A helper whose exit is not
// on a side of the value it can tell (0 != rc, a goto, a flag computed from it) and that
// returns on no side known to be success's is read the same way too.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after_success_exit, after_failure_exit, after_case0_exit, after_busy_exit;

static void leave_on_success(int rc)
{
    if (rc != 0)
        return;
    pthread_exit(0);
}

static void leave_on_failure(int rc)
{
    if (rc != 0)
        pthread_exit(0);
}

static int after_reversed, after_goto, after_flag;

static void reversed(int rc)
{
    if (0 != rc)
        return;
    pthread_exit(0);
}

static void by_goto(int rc)
{
    if (rc != 0)
        goto out;
    pthread_exit(0);
out:
    return;
}

static void by_flag(int rc)
{
    int ok = rc == 0;
    if (!ok)
        return;
    pthread_exit(0);
}

static void *others(void *arg)
{
    (void)arg;
    reversed(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after_reversed = 1; // RACE (possible): reached only if the lock failed
    by_goto(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after_goto = 1; // RACE (possible): likewise
    by_flag(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after_flag = 1; // RACE (possible): likewise
    return 0;
}

static void switch_leave(int rc, int busy)
{
    (void)busy;
    switch (rc) {
    case 0:
        pthread_exit(0);
    default:
        break;
    }
}

static void switch_busy(int rc)
{
    switch (rc) {
    case 16: /* EBUSY */
        pthread_exit(0);
    default:
        break;
    }
}

static void *case0(void *arg)
{
    (void)arg;
    switch_leave(pthread_mutex_lock(&m), 0);
    pthread_mutex_unlock(&m);
    after_case0_exit = 1; // RACE (possible): reached only if the lock failed
    return 0;
}

static void *busy(void *arg)
{
    (void)arg;
    switch_busy(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after_busy_exit = 1; // RACE (definite): a lock that succeeds returns 0, not EBUSY
    return 0;
}

static void *quits(void *arg)
{
    (void)arg;
    leave_on_success(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after_success_exit = 1; // RACE (possible): reached only if the lock failed
    return 0;
}

static void *goes_on(void *arg)
{
    (void)arg;
    leave_on_failure(pthread_mutex_lock(&m));
    pthread_mutex_unlock(&m);
    after_failure_exit = 1; // RACE (definite): main writes it too, unlocked
    return 0;
}

int main(void)
{
    pthread_t t1, t2, t3, t4, t5;
    pthread_create(&t1, 0, quits, 0);
    pthread_create(&t2, 0, goes_on, 0);
    pthread_create(&t3, 0, case0, 0);
    pthread_create(&t4, 0, busy, 0);
    pthread_create(&t5, 0, others, 0);
    after_reversed = after_goto = after_flag = 2;
    after_success_exit = 2;
    after_failure_exit = 2;
    after_case0_exit = 2;
    after_busy_exit = 2;
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    pthread_join(t3, 0);
    pthread_join(t4, 0);
    pthread_join(t5, 0);
    return after_success_exit + after_failure_exit + after_case0_exit + after_busy_exit;
}
