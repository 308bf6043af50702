/* TRUTH: free — the gain thread writes only s.u.f through float *pf = &s.u.f, and the other thread writes only s.other, a separate member after the union; main reads after join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct setting {
    union {
        int i;
        float f;
    } u;
    int other;
};

static struct setting s;

static void *gain(void *arg)
{
    float *pf = arg;
    for (int i = 0; i < 200; i++) {
        *pf = (float)i / 4.0f;
        usleep(100);
    }
    return NULL;
}

static void *misc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        s.other = i;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, gain, &s.u.f);
    pthread_create(&b, NULL, misc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f %d\n", s.u.f, s.other);
    return 0;
}
