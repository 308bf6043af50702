// Ids stored by a loop before the create loop (for (j...) ids[j] = K * j + B; then
// create(&t[i], f, &ids[i])): each thread reads a value of its own, as when the create loop
// stores it itself. Not when the first loop leaves some elements handed out unset, stores
// one value into all, or something else stores into the array.
#include <pthread.h>

#define N 4
static int ids[N], part[N], few[N], part2[N], same[N], part3[N], later[N], part4[N];

static void *own(void *p)
{
    int id = *(int *)p;
    part[id] = id; // NORACE: ids[j] = N - 1 - j: four values of their own
    return 0;
}

static void *partial(void *p)
{
    int id = *(int *)p;
    part2[id]++; // RACE: few[2] and few[3] were never set: both 0, as few[0]
    return 0;
}

static void *constant(void *p)
{
    int id = *(int *)p;
    part3[id]++; // RACE: every element holds 1
    return 0;
}

static void *rewritten(void *p)
{
    int id = *(int *)p;
    part4[id]++; // RACE: main sets later[3] to 0 while the threads may read it
    return 0;
}

int main(void)
{
    pthread_t t[N], u[N], v[N], w[N];
    for (int j = 0; j < N; j++)
        ids[j] = N - 1 - j;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, own, &ids[i]);
    for (int j = 0; j < 2; j++)
        few[j] = j;
    for (int i = 0; i < N; i++)
        pthread_create(&u[i], 0, partial, &few[i]);
    for (int j = 0; j < N; j++)
        same[j] = 1;
    for (int i = 0; i < N; i++)
        pthread_create(&v[i], 0, constant, &same[i]);
    for (int j = 0; j < N; j++)
        later[j] = j;
    for (int i = 0; i < N; i++)
        pthread_create(&w[i], 0, rewritten, &later[i]);
    later[3] = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        pthread_join(u[i], 0);
        pthread_join(v[i], 0);
        pthread_join(w[i], 0);
    }
    return part[0];
}
