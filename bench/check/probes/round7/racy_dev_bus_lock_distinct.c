/* TRUTH: racy. the two devices sit on different bus mutexes but both update the shared bus_busy_cycles counter. */
#include <pthread.h>
#include <stdio.h>
struct dev {
    const char *name;
    pthread_mutex_t *bus;
    int reg;
};
static pthread_mutex_t i2c_bus = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t spi_bus = PTHREAD_MUTEX_INITIALIZER;
static int bus_busy_cycles;
static struct dev sensor = { "sensor", &i2c_bus, 0 };
static struct dev eeprom = { "eeprom", &spi_bus, 0 };

static void *sensor_thread(void *p)
{
    (void)p;
    pthread_mutex_lock(sensor.bus);
    bus_busy_cycles += 4;
    pthread_mutex_unlock(sensor.bus);
    return NULL;
}

static void *eeprom_thread(void *p)
{
    (void)p;
    pthread_mutex_lock(eeprom.bus);
    bus_busy_cycles += 9;
    pthread_mutex_unlock(eeprom.bus);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sensor_thread, NULL);
    pthread_create(&b, NULL, eeprom_thread, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bus_busy_cycles);
    return 0;
}
