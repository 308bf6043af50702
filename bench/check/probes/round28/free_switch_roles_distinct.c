/* TRUTH: race-free. Exactly one worker has each role (0 and 1, given as constants); each
   role writes its own variable; main reads after joining both. */
#include <pthread.h>
#include <stdio.h>

enum role { ROLE_SCAN = 0, ROLE_LOG = 1 };

static int log_len;
static int scanned;

static void *run(void *arg)
{
    switch ((long)arg) {
    case ROLE_SCAN:
        scanned++;
        break;
    case ROLE_LOG:
        log_len++;
        break;
    default:
        break;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, run, (void *)(long)ROLE_SCAN);
    pthread_create(&b, NULL, run, (void *)(long)ROLE_LOG);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", log_len, scanned);
    return 0;
}
