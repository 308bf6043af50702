/* TRUTH: free — fread(&st, sizeof st.rx, 2, fp) fills only rx and tx (16 bytes); the other thread writes only st.drops; main reads everything after join */
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

static void *loader(void *arg)
{
    FILE *fp = arg;
    for (int i = 0; i < 200; i++) {
        if (fread(&st, sizeof st.rx, 2, fp) != 2)
            break;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    FILE *fp = fopen("/dev/zero", "r");
    if (!fp)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, dropper, NULL);
    pthread_create(&b, NULL, loader, fp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(fp);
    printf("%lu %lu %lu\n", st.rx, st.tx, st.drops);
    return 0;
}
