/* TRUTH: free — KEY_CHECK_LEN is the enum constant 0, so memcmp compares no bytes of 'key', which the rotator writes */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { KEY_CHECK_LEN = 0 };
static unsigned long key = 1;
static const unsigned long expected = 42;

static void *rotator(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        key = key * 6364136223846793005ul + 1;
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, rotator, NULL);
    int same = 0;
    for (int i = 0; i < 40; i++) {
        same += memcmp(&key, &expected, KEY_CHECK_LEN) == 0;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%d\n", same);
    return 0;
}
