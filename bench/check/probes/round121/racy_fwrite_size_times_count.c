/* TRUTH: racy — fwrite(&st, sizeof st.rx, 3, fp) reads 3*8 bytes: rx, tx and drops; the drop thread writes st.drops concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct counters {
    unsigned long rx;
    unsigned long tx;
    unsigned long drops;
    unsigned long reserved;
};

static struct counters st;

static void *dropper(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        st.drops++;
        usleep(100);
    }
    return NULL;
}

static void *dumper(void *arg)
{
    FILE *fp = arg;
    for (int i = 0; i < 200; i++) {
        fwrite(&st, sizeof st.rx, 3, fp);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    FILE *fp = fopen("/dev/null", "w");
    if (!fp)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, dropper, NULL);
    pthread_create(&b, NULL, dumper, fp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(fp);
    printf("%lu\n", st.drops);
    return 0;
}
